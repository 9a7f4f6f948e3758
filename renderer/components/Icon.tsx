import type { ReactNode } from 'react';

/**
 * Small line icons drawn in SVG, so they look the same on every machine:
 * emoji such as 📌 show as an empty box where no emoji font is installed
 * (issue 17). An icon is decoration only — the text beside it says what it
 * means — so it is hidden from screen readers and never takes focus.
 */
export type IconName =
  'pin' | 'check' | 'warning' | 'error' | 'info' | 'edit' | 'close' | 'file' | 'arrow';

const SHAPES: Readonly<Record<IconName, ReactNode>> = {
  pin: <path d="M5 1.75h6M6 1.75v4.5L3.5 9.25h9L10 6.25v-4.5M8 9.25v5" />,
  check: <path d="M2.5 8.5l3.5 3.5 7.5-8" />,
  warning: (
    <>
      <path d="M8 1.75l6.75 12H1.25z" />
      <path d="M8 6.25v3.5M8 11.75v.25" />
    </>
  ),
  error: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M5.75 5.75l4.5 4.5M10.25 5.75l-4.5 4.5" />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 7.25v4M8 4.75v.25" />
    </>
  ),
  edit: <path d="M2.25 13.75l.9-3.6 7.6-7.6 2.7 2.7-7.6 7.6zM9.25 4l2.75 2.75" />,
  close: <path d="M3.75 3.75l8.5 8.5M12.25 3.75l-8.5 8.5" />,
  file: <path d="M8 10.75V2.25M4.75 5.5L8 2.25l3.25 3.25M2.25 10.75v3h11.5v-3" />,
  arrow: <path d="M2.5 8h10.5M9 4l4 4-4 4" />,
};

export function Icon({ name }: Readonly<{ name: IconName }>) {
  return (
    <svg
      className={`icon icon-${name}`}
      data-icon={name}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[name]}
    </svg>
  );
}
