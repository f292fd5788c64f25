import { Canary } from '../../../shared/Canary';

export default function CanaryRoute() {
  return <Canary />;
}
