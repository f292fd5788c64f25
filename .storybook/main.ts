import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: [
    './docs/*.mdx',
    './catalog/*.stories.tsx',
    './products/*.stories.tsx',
    '../packages/react/src/**/*.mdx',
    '../packages/react/src/**/*.stories.@(ts|tsx)',
  ],
  addons: [
    // Tables in the docs pages are GitHub-flavoured Markdown, which MDX 3 does not read by itself.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen' },
  // The kit's components start with 'use client' for server-components bundlers (Next.js); a
  // browser-only bundle has no server boundary to keep, and Rolldown would say so for each module.
  viteFinal(config) {
    const rollupOptions = config.build?.rollupOptions ?? {};
    const { onwarn } = rollupOptions;
    return {
      ...config,
      build: {
        ...config.build,
        rollupOptions: {
          ...rollupOptions,
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use client"')) return;
            if (onwarn) onwarn(warning, warn);
            else warn(warning);
          },
        },
      },
    };
  },
};

export default config;
