export * from "./community";
export * from "./staff";
export * from "./people";
export * from "./kiosks";
export * from "./booking";
export * from "./identity";
export * from "./canteen";
export * from "./station";
