// Every table, one file per domain; "@/db/schema" reads them all (and drizzle-kit, see drizzle.config.ts).
export * from "./activities";
export * from "./auth";
export * from "./effect";
export * from "./funds";
export * from "./initiatives";
export * from "./meedoen";
export * from "./notifications";
export * from "./platform";
export * from "./projects";
export * from "./reference";
export * from "./settings";
export * from "./surveys";
export * from "./trajectories";
export * from "./updates";
