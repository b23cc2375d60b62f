import { createTheme } from '@mantine/core';

// Chinese-first font stacks: Windows (Microsoft YaHei), Kylin/UOS and Debian (Noto CJK,
// WenQuanYi), then Latin fallbacks.
const cjkSans =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif';

export const theme = createTheme({
  fontFamily: cjkSans,
  headings: { fontFamily: cjkSans },
  primaryColor: 'red',
  defaultRadius: 'sm',
});
