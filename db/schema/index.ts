export * from "./enums";
export * from "./people";
export * from "./meetings";
export * from "./targets";
export * from "./actions";
export * from "./activity";
export * from "./sessions";
export * from "./audit";
