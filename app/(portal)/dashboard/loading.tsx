// Only on pages that never answer "not found": streaming would turn a 404 into a 200.
export { PageLoading as default } from "@/components/ui/page-loading";
