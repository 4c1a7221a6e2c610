import { NotFoundMessage } from "@/components/ui/not-found-message";

/** A record that is not there (or not the reader's): the portal layout already holds the main landmark. */
export default function PortalNotFound() {
  return <NotFoundMessage />;
}
