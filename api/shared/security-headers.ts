import { secureHeaders } from "hono/secure-headers";

// 'wasm-unsafe-eval' lets the face model run on its WASM backend; media and blob: let the
// kiosk read its camera. Nothing is loaded from another origin.
export const securityHeaders = () =>
  secureHeaders({
    strictTransportSecurity: "max-age=31536000; includeSubDomains",
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      mediaSrc: ["'self'", "blob:", "mediastream:"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    permissionsPolicy: { camera: ["self"], microphone: [], geolocation: [] },
    referrerPolicy: "no-referrer",
  });
