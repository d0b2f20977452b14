import { useEffect } from "react";
import { usePreferences } from "../../api/queries";
import { applyTheme } from "../../theme/theme";

/** Applies the server's saved theme once signed in, so a new device matches the account. */
export function ThemeSync() {
  const prefs = usePreferences();
  const theme = prefs.data?.theme;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
  return null;
}
