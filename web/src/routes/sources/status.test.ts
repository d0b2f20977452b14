import { describe, expect, it } from "vitest";
import type { Source } from "../../api/types";
import { sourceAddress, sourceStatus } from "./SourcesPage";

const base: Source = {
  id: "1", kind: "greenhouse", name: "acme", params: {}, interval_minutes: 60, enabled: true, can_edit: true,
  last_run_at: null, last_success_at: null, last_error: "", consecutive_failures: 0, next_run_at: null, created_at: "", updated_at: "",
};

describe("sourceStatus", () => {
  it("names each state", () => {
    expect(sourceStatus(base).label).toBe("Not run yet");
    expect(sourceStatus({ ...base, last_run_at: "2026-09-01T00:00:00Z" }).label).toBe("OK");
    expect(sourceStatus({ ...base, last_run_at: "2026-09-01T00:00:00Z", consecutive_failures: 2 }).label).toBe("Failing (2)");
    expect(sourceStatus({ ...base, enabled: false, consecutive_failures: 2 }).label).toBe("Disabled");
    expect(sourceStatus({ ...base, kind: "file", enabled: false, last_run_at: "2026-09-01T00:00:00Z" }).label).toBe("File import");
    expect(sourceStatus({ ...base, kind: "file", enabled: false, last_run_at: "2026-09-01T00:00:00Z", consecutive_failures: 1 }).label).toBe("Failing (1)");
  });
});

describe("sourceAddress", () => {
  it("names the feed or page URL, else the API base a board was pointed at", () => {
    expect(sourceAddress({ ...base, kind: "rss", params: { url: "https://example.org/feed.rss" } })).toBe("https://example.org/feed.rss");
    expect(sourceAddress({ ...base, params: { board: "gitlab", base_url: "http://127.0.0.1:8472" } })).toBe("http://127.0.0.1:8472");
    expect(sourceAddress({ ...base, params: { board: "gitlab" } })).toBe("");
  });
});
