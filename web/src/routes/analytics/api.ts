import { request } from "../../api/client";

export interface FunnelStep { stage: string; count: number; conversion: number }
export interface WeekCount { week: string; count: number }
export interface StageTime { stage: string; median_days: number; mean_days: number; samples: number }
export interface Outcome { key: string; applied: number; responded: number; interviews: number; offers: number; response_rate: number }
export interface HeatCell { weekday: number; hour: number; count: number }

/** GET /api/v1/analytics/pipeline. */
export interface Pipeline {
  total: number;
  funnel: FunnelStep[];
  applied: number;
  responded: number;
  response_rate: number;
  median_days_to_response: number | null;
  per_week: WeekCount[];
  time_in_stage: StageTime[];
  by_source: Outcome[];
  by_score_band: Outcome[];
  heatmap: HeatCell[];
}

export interface SkillTrend { skill: string; count: number; this_week: number; last_week: number; change: number }
export interface SalaryBand { family: string; country: string; currency: string; n: number; p25: number; p50: number; p75: number }

/** GET /api/v1/analytics/market. */
export interface Market {
  since: string;
  postings: number;
  top_skills: SkillTrend[];
  salaries: SalaryBand[];
  work_modes: { remote: number; hybrid: number; onsite: number; unknown: number; remote_share: number };
  top_companies: { company: string; count: number }[];
  volume: WeekCount[];
}

export interface DashItem { id: string; application_id?: string; title: string; company: string; at: string; score?: number; kind?: string }

/** GET /api/v1/dashboard. */
export interface Dashboard {
  new_matches: DashItem[];
  new_postings_today: number;
  reminders_due: DashItem[];
  upcoming_interviews: DashItem[];
  pipeline: Record<string, number>;
  funnel: FunnelStep[];
}

export const getPipeline = (signal?: AbortSignal) => request<Pipeline>("/api/v1/analytics/pipeline", { signal });
export const getMarket = (signal?: AbortSignal) => request<Market>("/api/v1/analytics/market", { signal });
export const getDashboard = (signal?: AbortSignal) => request<Dashboard>("/api/v1/dashboard", { signal });

/** A share 0..1 as a whole percent. */
export const pct = (x: number) => `${Math.round(x * 100)}%`;
