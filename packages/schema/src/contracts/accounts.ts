import { z } from "zod";
import { ROLES } from "../enums";
import { IdSchema, IsoDateTimeSchema, SlugSchema, TextSchema, VersionSchema } from "./common";

export const RoleSchema = z.enum(ROLES);

export const WorkspaceSchema = z.object({
  id: IdSchema,
  slug: SlugSchema,
  name: z.string(),
  role: RoleSchema,
  createdAt: IsoDateTimeSchema,
});
export type Workspace = z.infer<typeof WorkspaceSchema>;

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

export const MemberCreateSchema = z.object({
  email: EmailSchema,
  displayName: TextSchema.min(1).max(200),
  role: RoleSchema,
  password: TextSchema.min(12).max(1024).optional(),
});
export const MemberUpdateSchema = z.object({ role: RoleSchema, version: VersionSchema });

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
