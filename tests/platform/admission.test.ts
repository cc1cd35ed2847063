import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { admission } from "@/lib/platform/server/admission";

class FakeResponse extends EventEmitter {
  destroyed = false;
  finish() {
    this.emit("close");
  }
}
const asResponse = (fake: FakeResponse) => fake as unknown as ServerResponse;

describe("admission of requests into the app", () => {
  it("lets at most `max` in at once and the rest in arrival order as others finish", () => {
    const admit = admission(2);
    const started: number[] = [];
    const responses = Array.from({ length: 5 }, () => new FakeResponse());
    responses.forEach((response, index) => admit(asResponse(response), () => started.push(index)));
    expect(started).toEqual([0, 1]);
    responses[1]!.finish();
    expect(started).toEqual([0, 1, 2]);
    responses[0]!.finish();
    responses[2]!.finish();
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it("skips a request whose visitor left while it waited", () => {
    const admit = admission(1);
    const started: string[] = [];
    const first = new FakeResponse();
    const gone = new FakeResponse();
    const last = new FakeResponse();
    admit(asResponse(first), () => started.push("first"));
    admit(asResponse(gone), () => started.push("gone"));
    admit(asResponse(last), () => started.push("last"));
    gone.destroyed = true;
    first.finish();
    expect(started).toEqual(["first", "last"]);
  });
});
