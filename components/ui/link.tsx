import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Next.js's Link without prefetching unless a link asks for it. By default every link in view
 * prefetches its page, and every page here is dynamic (per user): one view of the action list
 * sent 30 requests to the server for its rows' and the header's links (each one a session lookup
 * and a layout render), which on a phone also kept the main thread busy. A click still navigates
 * inside the app; it only waits for the page it asked for.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
