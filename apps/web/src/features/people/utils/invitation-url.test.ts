import { describe, expect, it } from "vitest";
import { invitationUrl } from "./invitation-url";

describe("invitation links", () => {
  it("joins the UI's origin and the API's one-time path, keeping the token intact", () => {
    expect(invitationUrl("/invite?token=inv_a-b_C", "http://127.0.0.1:3000")).toBe(
      "http://127.0.0.1:3000/invite?token=inv_a-b_C",
    );
    expect(invitationUrl("/invite?token=x", "https://cek.example.id")).toBe(
      "https://cek.example.id/invite?token=x",
    );
  });

  it("refuses anything that would leave the site", () => {
    expect(() => invitationUrl("//evil.example/invite", "https://cek.example.id")).toThrow();
    expect(() => invitationUrl("https://evil.example/invite", "https://cek.example.id")).toThrow();
  });
});
