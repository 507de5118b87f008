import type { Catalogues } from "@ui/create-i18n";

const zhCN = {
  "identify.title": "请识别身份",
  "identify.prompt": "请把通行码对准摄像头，或点“刷脸”",
  "identify.promptQrOnly": "请把通行码对准摄像头",
  "identify.promptNoCamera": "请把通行码放到扫码器上",
  "identify.cameraLabel": "摄像头画面",
  "identify.cameraUnavailable": "摄像头用不了。请用扫码器扫通行码，或找工作人员。",
  "identify.face": "刷脸",
  "identify.faceHint": "看着屏幕，别动",
  "identify.faceLoading": "正在准备刷脸，请稍等…",
  "identify.checking": "正在识别，请稍等…",
  "identify.welcome": "{{name}}，您好！",
  "identify.no_face": "没有看到脸。请站到框里，看着屏幕，再点“刷脸”。",
  "identify.several_faces": "框里不止一个人。请一个人站到框里，再点“刷脸”。",
  "identify.faceFailed": "刷脸暂时用不了。请用通行码，或找工作人员。",
  "identify.error.NOT_RECOGNISED": "没有认出您。请用通行码，或找工作人员。",
  "identify.error.PASS_REVOKED": "这张通行码已经换了新的，旧码不能再用。请用新卡，或找工作人员。",
  "identify.error.CODE_EXPIRED": "这个码已经过期。请在手机上重新打开通行码再扫。",
  "identify.error.COURIER_NOT_VERIFIED": "您的骑手登记还在等工作人员核实。请找驿站站长。",
  "identify.error.COURIER_SUSPENDED": "您的通行码已暂停使用。请找驿站站长。",
  "identify.error.RATE_LIMITED": "试得太多了，请稍等一分钟再试。",
  "identify.error.NETWORK": "网络连接失败，请稍后再试，或找工作人员。",
  "identify.error.generic": "没能识别。请再试一次，或找工作人员。",
};

const en: Record<keyof typeof zhCN, string> = {
  "identify.title": "Who are you?",
  "identify.prompt": "Hold your pass up to the camera, or tap “Face”",
  "identify.promptQrOnly": "Hold your pass up to the camera",
  "identify.promptNoCamera": "Hold your pass to the scanner",
  "identify.cameraLabel": "Camera view",
  "identify.cameraUnavailable": "The camera is not working. Use the scanner for your pass, or ask staff.",
  "identify.face": "Face",
  "identify.faceHint": "Look at the screen and keep still",
  "identify.faceLoading": "Getting face check ready, please wait…",
  "identify.checking": "Checking, please wait…",
  "identify.welcome": "Hello, {{name}}!",
  "identify.no_face": "No face seen. Stand in the frame, look at the screen, and tap “Face” again.",
  "identify.several_faces": "More than one person is in the frame. One person at a time, then tap “Face” again.",
  "identify.faceFailed": "Face check is not available now. Use your pass, or ask staff.",
  "identify.error.NOT_RECOGNISED": "We did not recognise you. Use your pass, or ask staff.",
  "identify.error.PASS_REVOKED":
    "This pass was replaced by a new one and no longer works. Use your new card, or ask staff.",
  "identify.error.CODE_EXPIRED": "This code has expired. Open the pass on your phone again and scan the new code.",
  "identify.error.COURIER_NOT_VERIFIED":
    "Your courier registration is waiting for staff to check it. Please see the station keeper.",
  "identify.error.COURIER_SUSPENDED": "Your pass is suspended. Please see the station keeper.",
  "identify.error.RATE_LIMITED": "Too many tries. Please wait a minute and try again.",
  "identify.error.NETWORK": "Cannot reach the server. Please try again, or ask staff.",
  "identify.error.generic": "That did not work. Please try again, or ask staff.",
};

export type IdentifyMessageKey = keyof typeof zhCN;
export const identifyMessages: Catalogues<IdentifyMessageKey> = { "zh-CN": zhCN, en };
