import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'claimdesk', template: '%s · claimdesk' },
  description: 'What an article claims, and who it says the claims come from.',
};

// No cookies here: the public pages under (public)/ must stay cacheable. The desk's own layout
// (app/desk/layout.tsx) reads the session for its header.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
