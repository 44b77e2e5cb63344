// Unknown /api/v1 paths answer 404 {"error"} in JSON, not an HTML page.
import { jsonError } from "@/lib/api/respond";

const notFound = async (req: Request) => jsonError(404, `no API endpoint at ${new URL(req.url).pathname}`);
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
