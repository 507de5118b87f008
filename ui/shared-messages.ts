// Text both front-ends show; each app spreads these into its own catalogues.
const zhCN = {
  "facility.canteen": "幸福食堂",
  "facility.study_room": "共享自习室",
  "facility.station": "骑手驿站",
  "facility.baby_room": "宝宝屋",
  "facility.allDay": "24 小时开放",
  "language.other": "English",
  "error.NETWORK": "网络连接失败，请稍后再试",
  "error.generic": "出了点问题，请稍后再试",
  "error.requestId": "请求编号：{{id}}",
};

const en: Record<keyof typeof zhCN, string> = {
  "facility.canteen": "Happiness Canteen",
  "facility.study_room": "Shared Study Room",
  "facility.station": "Courier Rest Station",
  "facility.baby_room": "Baby Room",
  "facility.allDay": "Open 24 hours",
  "language.other": "中文",
  "error.NETWORK": "Cannot reach the server. Please try again.",
  "error.generic": "Something went wrong. Please try again.",
  "error.requestId": "Request ID: {{id}}",
};

export const sharedMessages = { "zh-CN": zhCN, en };
