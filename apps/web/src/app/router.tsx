import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { ArticleRoute } from "./routes/article";
import { ArticlesRoute } from "./routes/articles";
import { ClaimRoute } from "./routes/claim";
import { ContradictionsRoute } from "./routes/contradictions";
import { EventRoute } from "./routes/event";
import { EventsRoute } from "./routes/events";
import { EventsToReviewRoute } from "./routes/events-to-review";
import { FlagsRoute } from "./routes/flags";
import { ImportRoute } from "./routes/import";
import { InviteRoute } from "./routes/invite";
import { NotFoundRoute } from "./routes/not-found";
import { OutletRoute } from "./routes/outlet";
import { PeopleRoute } from "./routes/people";
import { ReliabilityRoute } from "./routes/reliability";
import { RootRedirect } from "./routes/root-redirect";
import { SettingsRoute } from "./routes/settings";
import { SetupRoute } from "./routes/setup";
import { SignInRoute } from "./routes/sign-in";
import { WorkspaceLayout } from "./routes/workspace-layout";

const router = createBrowserRouter([
  { path: "/", element: <RootRedirect /> },
  { path: "/sign-in", element: <SignInRoute /> },
  { path: "/setup", element: <SetupRoute /> },
  { path: "/invite", element: <InviteRoute /> },
  {
    path: "/w/:workspace",
    element: <WorkspaceLayout />,
    children: [
      { index: true, element: <Navigate to="articles" replace /> },
      { path: "articles", element: <ArticlesRoute /> },
      { path: "articles/import", element: <ImportRoute /> },
      { path: "articles/:articleId", element: <ArticleRoute /> },
      { path: "events", element: <EventsRoute /> },
      { path: "events/:eventId", element: <EventRoute /> },
      { path: "claims/:claimId", element: <ClaimRoute /> },
      { path: "review/events", element: <EventsToReviewRoute /> },
      { path: "review/contradictions", element: <ContradictionsRoute /> },
      { path: "review/flags", element: <FlagsRoute /> },
      { path: "reliability", element: <ReliabilityRoute /> },
      { path: "outlets/:outletId", element: <OutletRoute /> },
      { path: "settings", element: <SettingsRoute /> },
      { path: "settings/people", element: <PeopleRoute /> },
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
  { path: "*", element: <NotFoundRoute /> },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
