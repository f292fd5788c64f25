'use client';
/** A client page: ErrorDetails inline; switching language goes to the other language's path. */
import { useRouter } from 'next/navigation';
import { Desk } from '../../../shared/Desk';

export default function Page() {
  const router = useRouter();
  return <Desk onSwitchLanguage={(lng) => router.push(`/${lng}`)} />;
}
