import { useSignal } from "@preact/signals";
import QRCode from "qrcode";
import { useEffect } from "preact/hooks";

/** A QR code drawn in the browser, so the secret it carries never goes to another service. */
export function QrImage({
  text,
  alt,
  size = 240,
  class: className,
}: {
  text: string;
  alt: string;
  size?: number;
  class?: string;
}) {
  const src = useSignal<string | null>(null);
  useEffect(() => {
    let current = true;
    src.value = null;
    // Level M survives a worn or creased card; the 4-module margin is the quiet zone scanners need.
    void QRCode.toDataURL(text, { errorCorrectionLevel: "M", margin: 4, width: size }).then(
      (url) => current && (src.value = url),
    );
    return () => void (current = false);
  }, [text, size]);
  return src.value ? (
    <img class={className} src={src.value} alt={alt} width={size} height={size} />
  ) : (
    <span class={className} style={{ width: size, height: size }} />
  );
}
