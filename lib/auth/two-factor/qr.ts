import "server-only";
import QRCode from "qrcode";
import { otpauthUri } from "./rules";

/** The enrolment QR code as SVG markup, drawn on the server: no QR library reaches the browser. */
export function enrolmentQrSvg(secret: string, account: string): Promise<string> {
  return QRCode.toString(otpauthUri(secret, account), { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#0f172a", light: "#ffffff" } });
}
