import { databasePath, openDatabase } from "./client";

openDatabase().$client.close();
console.log(`Database bijgewerkt: ${databasePath()}`);
