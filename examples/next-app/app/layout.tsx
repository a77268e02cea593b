import type { ReactNode } from 'react';
import 'attune-ui/styles.css';

export const metadata = { title: 'attune-ui in a server component' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
