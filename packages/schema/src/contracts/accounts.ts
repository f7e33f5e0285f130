import { z } from "zod";
import { ROLES } from "../enums";
import { RESERVED_SLUGS } from "../values";
import { HttpUrlSchema, IdSchema, IsoDateTimeSchema, SlugSchema, TextSchema, VersionSchema } from "./common";

export const RoleSchema = z.enum(ROLES);

export const WorkspaceSlugSchema = SlugSchema.refine(
  (s) => !(RESERVED_SLUGS as readonly string[]).includes(s),
  { message: "this name is reserved; choose another" },
);

/** An IANA time zone name known to the runtime ("Asia/Jakarta", "UTC"). */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: "an IANA time zone such as 'Asia/Jakarta'" },
  );

export const WorkspaceLanguageSchema = z.enum(["id", "en"]);

/** Who publishes the workspace's exports (ClaimReview `author`); the workspace's name when unset. */
export const PublisherSchema = z.object({
  name: TextSchema.trim().min(1).max(200).nullable(),
  url: HttpUrlSchema.nullable(),
  logoUrl: HttpUrlSchema.nullable(),
});
export type Publisher = z.infer<typeof PublisherSchema>;

export const WorkspaceSchema = z.object({
  id: IdSchema,
  slug: SlugSchema,
  name: z.string(),
  role: RoleSchema,
  language: WorkspaceLanguageSchema,
  timeZone: z.string(),
  publisher: PublisherSchema,
  archived: z.boolean(),
  archivedAt: IsoDateTimeSchema.nullable(),
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
});
export type Workspace = z.infer<typeof WorkspaceSchema>;

export const WorkspaceCreateSchema = z.object({
  slug: WorkspaceSlugSchema,
  name: TextSchema.trim().min(1).max(200),
  language: WorkspaceLanguageSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
});
export type WorkspaceCreate = z.infer<typeof WorkspaceCreateSchema>;

/** Edit a workspace with the version you read; `archived: true` makes it read-only. */
export const WorkspaceUpdateSchema = z.object({
  version: VersionSchema,
  name: TextSchema.trim().min(1).max(200).optional(),
  language: WorkspaceLanguageSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  publisher: PublisherSchema.partial().optional(),
  archived: z.boolean().optional(),
});
export type WorkspaceUpdate = z.infer<typeof WorkspaceUpdateSchema>;

export const WorkspaceListQuerySchema = z.object({
  archived: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("include archived workspaces"),
});

export const PasswordSchema = TextSchema.min(12, "at least 12 characters").max(1024);

export const PasswordChangeSchema = z.object({
  currentPassword: TextSchema.min(1).max(1024),
  newPassword: PasswordSchema,
});

/** The one-time setup of an installation without users: the first account and its workspace. */
export const SetupSchema = z.object({
  token: TextSchema.min(1).max(200),
  email: z
    .email()
    .max(254)
    .transform((s) => s.toLowerCase()),
  displayName: TextSchema.trim().min(1).max(200),
  password: PasswordSchema,
  workspace: WorkspaceCreateSchema,
});
export type Setup = z.infer<typeof SetupSchema>;
export const SetupStatusSchema = z.object({ open: z.boolean() });

export const EmailSchema = z
  .email()
  .max(254)
  .transform((s) => s.toLowerCase());

export const SignInSchema = z.object({
  email: EmailSchema,
  password: TextSchema.min(1).max(1024),
});
export type SignIn = z.infer<typeof SignInSchema>;

export const UserSchema = z.object({ id: IdSchema, email: z.string(), displayName: z.string() });
export type User = z.infer<typeof UserSchema>;

export const SessionSchema = z.object({
  user: UserSchema,
  workspaces: z.array(WorkspaceSchema),
  csrfToken: z.string().optional(),
});
export type Session = z.infer<typeof SessionSchema>;

export const MemberSchema = z.object({
  userId: IdSchema,
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
});
export type Member = z.infer<typeof MemberSchema>;

/** Invite a person by e-mail; the answer is the same whether or not the e-mail has an account. */
export const MemberCreateSchema = z.object({ email: EmailSchema, role: RoleSchema });
export const MemberUpdateSchema = z.object({ role: RoleSchema, version: VersionSchema });

export const INVITATION_STATUSES = ["pending", "accepted", "revoked", "expired"] as const;
export const InvitationSchema = z.object({
  id: IdSchema,
  email: z.string(),
  role: RoleSchema,
  status: z.enum(INVITATION_STATUSES),
  createdAt: IsoDateTimeSchema,
  expiresAt: IsoDateTimeSchema,
});
export type Invitation = z.infer<typeof InvitationSchema>;
/** The only time the invitation's secret is shown: `token` and the page that accepts it. */
export const InvitationCreatedSchema = z.object({
  invitation: InvitationSchema,
  token: z.string(),
  acceptPath: z.string(),
});
/** An invitation as its recipient sees it (by link, or in their list once signed in). */
export const ReceivedInvitationSchema = z.object({
  id: IdSchema,
  workspace: z.object({ slug: SlugSchema, name: z.string() }),
  email: z.string(),
  role: RoleSchema,
  expiresAt: IsoDateTimeSchema,
});
export type ReceivedInvitation = z.infer<typeof ReceivedInvitationSchema>;
/** Accept by link: the password of the e-mail's account, or a new one (and a name) for a new account. */
export const InvitationAcceptSchema = z.object({
  password: TextSchema.min(1).max(1024),
  displayName: TextSchema.trim().min(1).max(200).optional(),
});
export const PasswordResetSchema = z.object({ password: z.string() });

export const ApiTokenSchema = z.object({
  id: IdSchema,
  name: z.string(),
  prefix: z.string(),
  role: RoleSchema,
  createdAt: IsoDateTimeSchema,
  lastUsedAt: IsoDateTimeSchema.nullable(),
  revokedAt: IsoDateTimeSchema.nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export const ApiTokenCreateSchema = z.object({ name: TextSchema.min(1).max(200), role: RoleSchema });
/** The only time the secret is shown. */
export const ApiTokenCreatedSchema = ApiTokenSchema.extend({ token: z.string() });
