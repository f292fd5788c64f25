import { Canary } from '../../../../shared/Canary';

export default function Page() {
  return <Canary />;
}
