import { DeskHeader } from '@/app/_components/desk-header';

export default function DeskLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <DeskHeader />
      <main id="main">{children}</main>
    </>
  );
}
