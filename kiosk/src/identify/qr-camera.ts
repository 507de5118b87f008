export type StopScanning = () => void;

type QrCameraOptions = {
  video: HTMLVideoElement;
  onCode: (text: string) => void;
  /** getUserMedia refused or no camera: the kiosk must still offer the scanner and staff. */
  onError?: (error: unknown) => void;
};

// The library's 500 ms default makes a held-up pass feel sluggish; 150 ms keeps
// QR-to-name under a second while leaving the CPU to the rest of the kiosk.
const SCAN_EVERY_MS = 150;

/**
 * Scans QR codes from the default camera into `video`, calling back with each decoded text.
 * The decoder is imported here, not at the top, so it stays out of the kiosk's first bundle.
 */
export function startQrCamera({ video, onCode, onError }: QrCameraOptions): StopScanning {
  let stopped = false;
  let stopControls: StopScanning | undefined;

  void (async () => {
    try {
      const [{ BrowserMultiFormatReader }, { BarcodeFormat, DecodeHintType }] = await Promise.all([
        import("@zxing/browser"),
        import("@zxing/library"),
      ]);
      // Only QR: the 1D and other 2D readers would cost time on every frame for codes we never print.
      const hints = new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE]]]);
      const reader = new BrowserMultiFormatReader(hints, { delayBetweenScanAttempts: SCAN_EVERY_MS });
      const controls = await reader.decodeFromConstraints({ audio: false, video: true }, video, (result) => {
        if (result && !stopped) onCode(result.getText());
      });
      // Stopped while the camera was still opening: release it at once.
      if (stopped) controls.stop();
      else stopControls = () => controls.stop();
    } catch (error) {
      if (!stopped) onError?.(error);
    }
  })();

  return () => {
    stopped = true;
    stopControls?.();
  };
}
