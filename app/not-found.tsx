import { NotFoundMessage } from "@/components/ui/not-found-message";

/** Addresses outside every layout: nothing else gives the page its main landmark. */
export default function NotFound() {
  return (
    <main>
      <NotFoundMessage />
    </main>
  );
}
