import { useParams } from "react-router";
import { OutletView } from "@/features/reliability/components/outlet-view";
import { useWorkspace } from "@/hooks/use-workspace";

export function OutletRoute() {
  const { slug } = useWorkspace();
  const { outletId = "" } = useParams();
  return <OutletView key={outletId} ws={slug} outletId={outletId} />;
}
