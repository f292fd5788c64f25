'use client';
/** A client page: switching language writes the cookie, changes the client's language and re-renders the server's part. */
import { useChangeLanguage } from 'next-i18next/client';
import { Desk } from '../../../shared/Desk';

export default function Page() {
  const changeLanguage = useChangeLanguage('desk-lng');
  return <Desk onSwitchLanguage={(lng) => void changeLanguage(lng)} />;
}
