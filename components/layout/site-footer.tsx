export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-stone-300 bg-white print:hidden">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>
          People&apos;s Plan: residents, community groups, businesses and public bodies planning their local economy
          together.
        </p>
      </div>
    </footer>
  );
}
