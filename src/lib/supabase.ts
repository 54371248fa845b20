// The Supabase client as Hearth uses it, typed by the schema the migrations make.
// database.types.ts is written by `npm run types` (postgres-meta, as `supabase gen types`),
// never by hand. The generator knows a jsonb column only as Json, a checked text column
// only as string, and every RPC argument as required and not null; what the database's
// checks hold is said here, with MergeDeep, as Supabase's type-generation guide does.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { MergeDeep } from 'type-fest';
import type { Database as Generated } from './database.types';
import type { Facts, Format } from '$lib/events/access';
import type { Progress } from '$lib/onboarding/steps';
import type { RsvpResult, RsvpStatus } from '$lib/rsvp/rsvp';
import type { Insights } from '$lib/feedback/insights';
import type { Channel, Mode, Skill, Topic } from '$lib/directory/choices';
import type { JoiningRule } from '$lib/members/forms';
import type { LicenceId } from '$lib/opendata/licences';
import type { OpenOrganisation } from '$lib/opendata/organisations';


export interface Stop {
	name: string;
	mode: 'bus' | 'train' | 'tram' | 'metro' | 'ferry' | 'coach';
	lines: string[];
	walkMinutes: number;
}

type Answer = 'yes' | 'partly' | 'no';
type ShownAs = 'exact' | 'cell' | 'area';
/** A listing's choices, as its checks (private.valid_choices) hold them. */
type Offer = { kind: 'member' | 'organisation'; topics: Topic[]; skills: Skill[]; modes: Mode[] };

/** A row of helpers_near(): a composite type, each of whose fields the generator makes nullable. */
type NearbyHelper = Offer & {
	id: string;
	display_name: string;
	summary: string;
	languages: string[];
	availability: string;
	area: string;
	latitude: number | null;
	longitude: number | null;
	shown_as: ShownAs | null;
	distance_km: number | null;
	total: number;
};
type Columns<Row> = { Row: Row; Insert: Partial<Row>; Update: Partial<Row> };

export type Database = MergeDeep<
	Generated,
	{
		public: {
			Tables: {
				venues: Columns<{ access: Facts; stops: Stop[]; wheelchair_grade: 'fully' | 'partially' | 'not' | 'unknown' }>;
				events: Columns<{ access: Facts; format: Format; status: 'draft' | 'published' | 'cancelled' }>;
				helpers: Columns<Offer>;
				helper_contacts: Columns<{ channel: Channel }>;
				rsvps: Columns<{ status: RsvpStatus }>;
				communities: Columns<{ joining: JoiningRule; map_licence: LicenceId }>;
				community_members: Columns<{ role: 'member' | 'organiser' | 'coordinator'; status: 'pending' | 'approved' }>;
				// Written as a Progress; read back as Json and checked (onboarding/steps), like
				// access_needs and topics, whose values the database does not check.
				member_private: { Insert: { onboarding?: Progress }; Update: { onboarding?: Progress } };
				feedback: Columns<{ felt_welcome: Answer | null; took_part: Answer | null }>;
			};
			Functions: {
				helpers_near: { Args: { lat?: number | null; lng?: number | null; words?: string | null }; Returns: NearbyHelper[] };
				/** A composite type's rows, every field of which the generator makes nullable. */
				open_organisations: { Args: { community?: string | null; listing?: string | null }; Returns: OpenOrganisation[] };
				set_helper_published: { Args: { community?: string | null } };
				helper_place: { Returns: { latitude: number; longitude: number; shown_as: ShownAs }[] };
				save_listing: { Args: { listing: string | null; contact: { channel: string; value: string } } };
				save_event: { Args: { target: string | null; join_url: string | null; co_hosts?: string[] | null } };
				feedback_insights: { Args: { event?: string | null; since?: string | null; until?: string | null }; Returns: Insights };
				give_feedback: { Args: { rating?: number | null; felt_welcome?: Answer | null; took_part?: Answer | null } };
				rsvp: { Args: { access_requests?: string | null }; Returns: RsvpResult };
				/** Both null when the turn was taken. */
				take_sign_in_turn: { Args: { turn_kind: 'code' | 'try' }; Returns: { refused_by: number | null; retry_after_seconds: number | null }[] };
			};
		};
	},
	{ arrayMergeMode: 'replace' }
>;

export type Supabase = SupabaseClient<Database>;
export type Tables<Name extends keyof Database['public']['Tables']> = Database['public']['Tables'][Name]['Row'];
