import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { AppStoreContext, type AppStore } from "../state/store.ts";
import { Dashboard } from "./Dashboard.tsx";

export function App({ store, queryClient }: { readonly store: AppStore; readonly queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <AppStoreContext.Provider value={store}>
        <Dashboard />
      </AppStoreContext.Provider>
    </QueryClientProvider>
  );
}
