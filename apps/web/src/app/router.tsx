import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { BrowserRouter, Navigate, type RouteObject, useRoutes } from "react-router";
import { PageLoader } from "@/components/page-loader";
import { NotFoundRoute } from "./routes/not-found";

/**
 * Each screen is its own chunk, loaded when it is first opened: the sign-in page and the article
 * list do not download the charts, the editors or the other screens.
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ReactNode {
  const Screen = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  return (
    <Suspense fallback={<PageLoader />}>
      <Screen />
    </Suspense>
  );
}

// Declarative routing (no data router): no screen uses loaders or actions, and the data router
// would add its code to every first visit.
const routes: RouteObject[] = [
  { path: "/", element: screen(() => import("./routes/root-redirect"), "RootRedirect") },
  { path: "/sign-in", element: screen(() => import("./routes/sign-in"), "SignInRoute") },
  { path: "/setup", element: screen(() => import("./routes/setup"), "SetupRoute") },
  { path: "/invite", element: screen(() => import("./routes/invite"), "InviteRoute") },
  {
    path: "/w/:workspace",
    element: screen(() => import("./routes/workspace-layout"), "WorkspaceLayout"),
    children: [
      { index: true, element: <Navigate to="articles" replace /> },
      { path: "articles", element: screen(() => import("./routes/articles"), "ArticlesRoute") },
      { path: "articles/import", element: screen(() => import("./routes/import"), "ImportRoute") },
      { path: "feeds", element: screen(() => import("./routes/feeds"), "FeedsRoute") },
      { path: "articles/:articleId", element: screen(() => import("./routes/article"), "ArticleRoute") },
      { path: "events", element: screen(() => import("./routes/events"), "EventsRoute") },
      { path: "events/:eventId", element: screen(() => import("./routes/event"), "EventRoute") },
      { path: "claims/:claimId", element: screen(() => import("./routes/claim"), "ClaimRoute") },
      {
        path: "review/events",
        element: screen(() => import("./routes/events-to-review"), "EventsToReviewRoute"),
      },
      {
        path: "review/contradictions",
        element: screen(() => import("./routes/contradictions"), "ContradictionsRoute"),
      },
      { path: "review/flags", element: screen(() => import("./routes/flags"), "FlagsRoute") },
      { path: "reliability", element: screen(() => import("./routes/reliability"), "ReliabilityRoute") },
      { path: "outlets/:outletId", element: screen(() => import("./routes/outlet"), "OutletRoute") },
      { path: "settings", element: screen(() => import("./routes/settings"), "SettingsRoute") },
      { path: "settings/people", element: screen(() => import("./routes/people"), "PeopleRoute") },
      { path: "settings/webhooks", element: screen(() => import("./routes/webhooks"), "WebhooksRoute") },
      { path: "settings/jobs", element: screen(() => import("./routes/jobs"), "JobsRoute") },
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
  { path: "*", element: <NotFoundRoute /> },
];

function AppRoutes() {
  return useRoutes(routes);
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
