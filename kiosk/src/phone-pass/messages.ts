const zhCN = {
  "pass.title": "我的通行码",
  "pass.hint": "请把这个码对准自助机的摄像头",
  "pass.countdown": "{{seconds}} 秒后换新码",
  "pass.rotates": "码每 30 秒换一次，截图给别人也用不了。",
  "pass.none": "这部手机上还没有通行码。请到社区服务中心，请工作人员发给您。",
  "pass.failed": "通行码显示不出来。请用手机自带的浏览器打开这个链接，或找工作人员。",
  "pass.qrLabel": "通行码二维码",
  "language.other": "English",
};

const en: Record<keyof typeof zhCN, string> = {
  "pass.title": "My pass",
  "pass.hint": "Hold this code up to the kiosk camera",
  "pass.countdown": "New code in {{seconds}} s",
  "pass.rotates": "The code changes every 30 seconds, so a screenshot is no use to anyone else.",
  "pass.none": "This phone has no pass yet. Please ask the staff at the community service centre for one.",
  "pass.failed": "The pass cannot be shown. Open the link in your phone's own browser, or ask staff.",
  "pass.qrLabel": "Pass QR code",
  "language.other": "中文",
};

export const phonePassMessages = { "zh-CN": zhCN, en };
