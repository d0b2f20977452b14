import { request } from "../../api/client";

/** A saved search that notifies of new matching postings. */
export interface Alert {
  id: string;
  name: string;
  query: string;
  filters: Record<string, unknown>;
  min_score: number;
  frequency: "default" | "instant" | "daily" | "weekly";
  channels: string[];
  max_per_company: number;
  digest_hour: number;
  quiet_hours_start: string;
  quiet_hours_end: string;
  enabled: boolean;
  last_digest_at: string | null;
  created_at: string;
}

/** What the alert form sends. */
export type AlertInput = Omit<Alert, "id" | "last_digest_at" | "created_at">;

/** A webhook or Slack endpoint. */
export interface NotificationChannel {
  id: string;
  kind: "webhook" | "slack";
  name: string;
  url: string;
  secret?: string;
  enabled: boolean;
}

/** One message on one channel. */
export interface Delivery {
  id: string;
  channel: string;
  kind: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  last_error: string;
  last_status: number;
  created_at: string;
  sent_at: string | null;
}

/** An in-app notification. */
export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  created_at: string;
  read_at: string | null;
}

export const listAlerts = (signal?: AbortSignal) => request<{ alerts: Alert[] }>("/api/v1/alerts", { signal });
export const createAlert = (a: Partial<AlertInput>) => request<Alert>("/api/v1/alerts", { method: "POST", body: a });
export const updateAlert = (id: string, a: Partial<AlertInput>) => request<Alert>(`/api/v1/alerts/${id}`, { method: "PUT", body: a });
export const deleteAlert = (id: string) => request<void>(`/api/v1/alerts/${id}`, { method: "DELETE" });
export const checkAlerts = () => request<{ queued: boolean }>("/api/v1/alerts/check", { method: "POST" });
export const listChannels = (signal?: AbortSignal) => request<{ channels: NotificationChannel[] }>("/api/v1/notification-channels", { signal });
export const createChannel = (c: { kind: string; name: string; url: string }) =>
  request<NotificationChannel>("/api/v1/notification-channels", { method: "POST", body: c });
export const deleteChannel = (id: string) => request<void>(`/api/v1/notification-channels/${id}`, { method: "DELETE" });
export const testChannel = (id: string) => request<Delivery>(`/api/v1/notification-channels/${id}/test`, { method: "POST" });
export const listDeliveries = (signal?: AbortSignal) => request<{ deliveries: Delivery[] }>("/api/v1/deliveries", { signal });
export const listNotifications = (signal?: AbortSignal) => request<{ notifications: AppNotification[] }>("/api/v1/notifications", { signal });
export const readNotification = (id: string) => request<unknown>(`/api/v1/notifications/${id}/read`, { method: "POST" });
export const readAllNotifications = () => request<{ marked: number }>("/api/v1/notifications/read-all", { method: "POST" });
