// The Supabase client as Hearth uses it, typed by the schema the migrations make.
// database.types.ts is written by `npm run types` (postgres-meta, as `supabase gen types`),
// never by hand. The generator knows a jsonb column only as Json, a checked text column
// only as string, and every RPC argument as required and not null; what the database's
// checks hold is said here, with MergeDeep, as Supabase's type-generation guide does.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { MergeDeep } from 'type-fest';
import type { Database as Generated } from './database.types';
import type { Facts, Format, Need } from '$lib/events/access';
import type { Topic } from '$lib/profile/topics';
import type { Progress } from '$lib/onboarding/steps';
import type { RsvpResult, RsvpStatus } from '$lib/rsvp/rsvp';
import type { Insights } from '$lib/feedback/insights';
import type { Stop } from '$lib/events/queries';

type Answer = 'yes' | 'partly' | 'no';
type Columns<Row> = { Row: Row; Insert: Partial<Row>; Update: Partial<Row> };

export type Database = MergeDeep<
	Generated,
	{
		public: {
			Tables: {
				venues: Columns<{ access: Facts; stops: Stop[]; wheelchair_grade: 'fully' | 'partially' | 'not' | 'unknown' }>;
				events: Columns<{ access: Facts; format: Format; status: 'draft' | 'published' | 'cancelled' }>;
				rsvps: Columns<{ status: RsvpStatus }>;
				profiles: Columns<{ topics: Topic[] }>;
				member_private: Columns<{ access_needs: Need[]; onboarding: Progress | Record<string, never> }>;
				feedback: Columns<{ felt_welcome: Answer | null; took_part: Answer | null }>;
			};
			Functions: {
				helpers_near: { Args: { lat?: number | null; lng?: number | null; words?: string | null } };
				save_listing: { Args: { listing: string | null; contact: { channel: string; value: string } } };
				save_event: { Args: { target: string | null; join_url: string | null } };
				feedback_insights: { Args: { event?: string | null; since?: string | null; until?: string | null }; Returns: Insights };
				give_feedback: { Args: { rating?: number | null; felt_welcome?: Answer | null; took_part?: Answer | null } };
				rsvp: { Args: { access_requests?: string | null }; Returns: RsvpResult };
			};
		};
	}
>;

export type Supabase = SupabaseClient<Database>;
export type Tables<Name extends keyof Database['public']['Tables']> = Database['public']['Tables'][Name]['Row'];
