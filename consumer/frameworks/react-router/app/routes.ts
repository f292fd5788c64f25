import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [index('routes/desk.tsx'), route('canary', 'routes/canary.tsx')] satisfies RouteConfig;
