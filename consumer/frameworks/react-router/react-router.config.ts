import type { Config } from '@react-router/dev/config';

/** Framework mode, rendered on the server for every request and hydrated in the browser. */
export default { ssr: true } satisfies Config;
