export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: "v12.0.2"
  }
  public: {
    Tables: {
      access_request_reads: {
        Row: {
          event_id: string
          id: number
          member_id: string
          read_at: string
          reader_id: string | null
          reader_name: string
        }
        Insert: {
          event_id: string
          id?: never
          member_id: string
          read_at?: string
          reader_id?: string | null
          reader_name?: string
        }
        Update: {
          event_id?: string
          id?: never
          member_id?: string
          read_at?: string
          reader_id?: string | null
          reader_name?: string
        }
        Relationships: [
          {
            foreignKeyName: "access_request_reads_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: false
            referencedRelation: "events"
            referencedColumns: ["id"]
          },
        ]
      }
      access_requests: {
        Row: {
          event_id: string
          request: string
          updated_at: string
          user_id: string
        }
        Insert: {
          event_id: string
          request: string
          updated_at?: string
          user_id: string
        }
        Update: {
          event_id?: string
          request?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "access_requests_event_id_user_id_fkey"
            columns: ["event_id", "user_id"]
            isOneToOne: true
            referencedRelation: "rsvps"
            referencedColumns: ["event_id", "user_id"]
          },
        ]
      }
      calendar_feeds: {
        Row: {
          reset_at: string
          secret: string
          user_id: string
        }
        Insert: {
          reset_at?: string
          secret: string
          user_id: string
        }
        Update: {
          reset_at?: string
          secret?: string
          user_id?: string
        }
        Relationships: []
      }
      communities: {
        Row: {
          about: string
          area: string
          charter: string
          charter_version: number
          created_at: string
          id: string
          joining: string
          map_corrections: string
          map_decided_by: string
          map_includes: string
          map_licence: string
          name: string
          slug: string
          summary: string
          updated_at: string
        }
        Insert: {
          about?: string
          area?: string
          charter?: string
          charter_version?: number
          created_at?: string
          id?: string
          joining?: string
          map_corrections?: string
          map_decided_by?: string
          map_includes?: string
          map_licence?: string
          name: string
          slug: string
          summary?: string
          updated_at?: string
        }
        Update: {
          about?: string
          area?: string
          charter?: string
          charter_version?: number
          created_at?: string
          id?: string
          joining?: string
          map_corrections?: string
          map_decided_by?: string
          map_includes?: string
          map_licence?: string
          name?: string
          slug?: string
          summary?: string
          updated_at?: string
        }
        Relationships: []
      }
      community_members: {
        Row: {
          community_id: string
          joined_at: string
          role: string
          status: string
          user_id: string
        }
        Insert: {
          community_id: string
          joined_at?: string
          role?: string
          status?: string
          user_id: string
        }
        Update: {
          community_id?: string
          joined_at?: string
          role?: string
          status?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "community_members_community_id_fkey"
            columns: ["community_id"]
            isOneToOne: false
            referencedRelation: "communities"
            referencedColumns: ["id"]
          },
        ]
      }
      event_hosts: {
        Row: {
          added_at: string
          event_id: string
          user_id: string
        }
        Insert: {
          added_at?: string
          event_id: string
          user_id: string
        }
        Update: {
          added_at?: string
          event_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_hosts_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: false
            referencedRelation: "events"
            referencedColumns: ["id"]
          },
        ]
      }
      event_links: {
        Row: {
          event_id: string
          join_note: string
          join_url: string
        }
        Insert: {
          event_id: string
          join_note?: string
          join_url: string
        }
        Update: {
          event_id?: string
          join_note?: string
          join_url?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_links_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: true
            referencedRelation: "events"
            referencedColumns: ["id"]
          },
        ]
      }
      event_places: {
        Row: {
          event_id: string
          taken: number
        }
        Insert: {
          event_id: string
          taken?: number
        }
        Update: {
          event_id?: string
          taken?: number
        }
        Relationships: [
          {
            foreignKeyName: "event_places_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: true
            referencedRelation: "events"
            referencedColumns: ["id"]
          },
        ]
      }
      events: {
        Row: {
          access: NonNullable<Json>
          cancel_reason: string
          capacity: number | null
          community_id: string
          companion_takes_place: boolean
          cost_note: string
          cost_pence: number
          created_at: string
          created_by: string | null
          description: string
          ends_at: string
          format: string
          id: string
          languages: string[]
          moved_online: boolean
          rescheduled_from: string | null
          search: unknown
          sequence: number
          starts_at: string
          status: string
          summary: string
          time_zone: string
          title: string
          updated_at: string
          venue_id: string | null
          who_for: string
        }
        Insert: {
          access?: NonNullable<Json>
          cancel_reason?: string
          capacity?: number | null
          community_id: string
          companion_takes_place?: boolean
          cost_note?: string
          cost_pence?: number
          created_at?: string
          created_by?: string | null
          description?: string
          ends_at: string
          format?: string
          id?: string
          languages?: string[]
          moved_online?: boolean
          rescheduled_from?: string | null
          search?: never
          sequence?: number
          starts_at: string
          status?: string
          summary?: string
          time_zone?: string
          title: string
          updated_at?: string
          venue_id?: string | null
          who_for?: string
        }
        Update: {
          access?: NonNullable<Json>
          cancel_reason?: string
          capacity?: number | null
          community_id?: string
          companion_takes_place?: boolean
          cost_note?: string
          cost_pence?: number
          created_at?: string
          created_by?: string | null
          description?: string
          ends_at?: string
          format?: string
          id?: string
          languages?: string[]
          moved_online?: boolean
          rescheduled_from?: string | null
          search?: never
          sequence?: number
          starts_at?: string
          status?: string
          summary?: string
          time_zone?: string
          title?: string
          updated_at?: string
          venue_id?: string | null
          who_for?: string
        }
        Relationships: [
          {
            foreignKeyName: "events_community_id_fkey"
            columns: ["community_id"]
            isOneToOne: false
            referencedRelation: "communities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "events_venue_id_fkey"
            columns: ["venue_id"]
            isOneToOne: false
            referencedRelation: "venues"
            referencedColumns: ["id"]
          },
        ]
      }
      feedback: {
        Row: {
          anonymous: boolean
          attended: boolean
          barrier_note: string
          barriers: string[]
          comment: string
          created_at: string
          event_id: string
          felt_welcome: string | null
          id: string
          rating: number | null
          suggestion_note: string
          suggestions: string[]
          took_part: string | null
          updated_at: string
          user_id: string | null
        }
        Insert: {
          anonymous?: boolean
          attended: boolean
          barrier_note?: string
          barriers?: string[]
          comment?: string
          created_at?: string
          event_id: string
          felt_welcome?: string | null
          id?: string
          rating?: number | null
          suggestion_note?: string
          suggestions?: string[]
          took_part?: string | null
          updated_at?: string
          user_id?: string | null
        }
        Update: {
          anonymous?: boolean
          attended?: boolean
          barrier_note?: string
          barriers?: string[]
          comment?: string
          created_at?: string
          event_id?: string
          felt_welcome?: string | null
          id?: string
          rating?: number | null
          suggestion_note?: string
          suggestions?: string[]
          took_part?: string | null
          updated_at?: string
          user_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "feedback_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: false
            referencedRelation: "events"
            referencedColumns: ["id"]
          },
        ]
      }
      helper_contacts: {
        Row: {
          channel: string
          helper_id: string
          value: string
        }
        Insert: {
          channel: string
          helper_id: string
          value: string
        }
        Update: {
          channel?: string
          helper_id?: string
          value?: string
        }
        Relationships: [
          {
            foreignKeyName: "helper_contacts_helper_id_fkey"
            columns: ["helper_id"]
            isOneToOne: true
            referencedRelation: "helpers"
            referencedColumns: ["id"]
          },
        ]
      }
      helpers: {
        Row: {
          address: string
          area: string
          availability: string
          awaiting_confirmation: boolean
          cell_x: number | null
          cell_y: number | null
          community_id: string | null
          created_at: string
          display_name: string
          exact_point: boolean
          hidden_by_coordinator: boolean
          hidden_reason: string
          id: string
          imported_at: string | null
          kind: string
          languages: string[]
          latitude: number | null
          longitude: number | null
          modes: string[]
          paused: boolean
          published: boolean
          skills: string[]
          summary: string
          topics: string[]
          updated_at: string
          user_id: string
        }
        Insert: {
          address?: string
          area?: string
          availability?: string
          awaiting_confirmation?: boolean
          cell_x?: number | null
          cell_y?: number | null
          community_id?: string | null
          created_at?: string
          display_name: string
          exact_point?: boolean
          hidden_by_coordinator?: boolean
          hidden_reason?: string
          id?: string
          imported_at?: string | null
          kind?: string
          languages?: string[]
          latitude?: number | null
          longitude?: number | null
          modes: string[]
          paused?: boolean
          published?: boolean
          skills?: string[]
          summary: string
          topics?: string[]
          updated_at?: string
          user_id?: string
        }
        Update: {
          address?: string
          area?: string
          availability?: string
          awaiting_confirmation?: boolean
          cell_x?: number | null
          cell_y?: number | null
          community_id?: string | null
          created_at?: string
          display_name?: string
          exact_point?: boolean
          hidden_by_coordinator?: boolean
          hidden_reason?: string
          id?: string
          imported_at?: string | null
          kind?: string
          languages?: string[]
          latitude?: number | null
          longitude?: number | null
          modes?: string[]
          paused?: boolean
          published?: boolean
          skills?: string[]
          summary?: string
          topics?: string[]
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "helpers_community_id_fkey"
            columns: ["community_id"]
            isOneToOne: false
            referencedRelation: "communities"
            referencedColumns: ["id"]
          },
        ]
      }
      member_private: {
        Row: {
          access_needs: string[]
          calendar_reminder_minutes: number | null
          charter_agreed_at: string | null
          charter_version: number | null
          contact_email: string | null
          contact_phone: string | null
          language: string | null
          notifications: NonNullable<Json>
          onboarding: NonNullable<Json>
          updated_at: string
          user_id: string
        }
        Insert: {
          access_needs?: string[]
          calendar_reminder_minutes?: number | null
          charter_agreed_at?: string | null
          charter_version?: number | null
          contact_email?: string | null
          contact_phone?: string | null
          language?: string | null
          notifications?: NonNullable<Json>
          onboarding?: NonNullable<Json>
          updated_at?: string
          user_id: string
        }
        Update: {
          access_needs?: string[]
          calendar_reminder_minutes?: number | null
          charter_agreed_at?: string | null
          charter_version?: number | null
          contact_email?: string | null
          contact_phone?: string | null
          language?: string | null
          notifications?: NonNullable<Json>
          onboarding?: NonNullable<Json>
          updated_at?: string
          user_id?: string
        }
        Relationships: []
      }
      organisation_imports: {
        Row: {
          community_id: string
          created_at: string
          created_by: string
          expires_at: string
          file_name: string
          format: string
          id: string
          rows: NonNullable<Json>
        }
        Insert: {
          community_id: string
          created_at?: string
          created_by?: string
          expires_at?: string
          file_name?: string
          format: string
          id?: string
          rows: NonNullable<Json>
        }
        Update: {
          community_id?: string
          created_at?: string
          created_by?: string
          expires_at?: string
          file_name?: string
          format?: string
          id?: string
          rows?: NonNullable<Json>
        }
        Relationships: [
          {
            foreignKeyName: "organisation_imports_community_id_fkey"
            columns: ["community_id"]
            isOneToOne: false
            referencedRelation: "communities"
            referencedColumns: ["id"]
          },
        ]
      }
      profiles: {
        Row: {
          area: string
          bio: string
          created_at: string
          display_name: string
          id: string
          languages: string[]
          pronouns: string
          topics: string[]
          updated_at: string
        }
        Insert: {
          area?: string
          bio?: string
          created_at?: string
          display_name?: string
          id: string
          languages?: string[]
          pronouns?: string
          topics?: string[]
          updated_at?: string
        }
        Update: {
          area?: string
          bio?: string
          created_at?: string
          display_name?: string
          id?: string
          languages?: string[]
          pronouns?: string
          topics?: string[]
          updated_at?: string
        }
        Relationships: []
      }
      reports: {
        Row: {
          created_at: string
          helper_id: string
          id: string
          note: string
          reason: string
          reporter_id: string | null
          resolved_at: string | null
          status: string
        }
        Insert: {
          created_at?: string
          helper_id: string
          id?: string
          note?: string
          reason: string
          reporter_id?: string | null
          resolved_at?: string | null
          status?: string
        }
        Update: {
          created_at?: string
          helper_id?: string
          id?: string
          note?: string
          reason?: string
          reporter_id?: string | null
          resolved_at?: string | null
          status?: string
        }
        Relationships: [
          {
            foreignKeyName: "reports_helper_id_fkey"
            columns: ["helper_id"]
            isOneToOne: false
            referencedRelation: "helpers"
            referencedColumns: ["id"]
          },
        ]
      }
      rsvps: {
        Row: {
          attended: boolean | null
          companion: boolean
          created_at: string
          event_id: string
          places: number
          promoted_at: string | null
          promotion_seen: boolean
          status: string
          updated_at: string
          user_id: string
          waitlist_order: number | null
        }
        Insert: {
          attended?: boolean | null
          companion?: boolean
          created_at?: string
          event_id: string
          places?: number
          promoted_at?: string | null
          promotion_seen?: boolean
          status: string
          updated_at?: string
          user_id: string
          waitlist_order?: number | null
        }
        Update: {
          attended?: boolean | null
          companion?: boolean
          created_at?: string
          event_id?: string
          places?: number
          promoted_at?: string | null
          promotion_seen?: boolean
          status?: string
          updated_at?: string
          user_id?: string
          waitlist_order?: number | null
        }
        Relationships: [
          {
            foreignKeyName: "rsvps_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: false
            referencedRelation: "events"
            referencedColumns: ["id"]
          },
        ]
      }
      venues: {
        Row: {
          access: NonNullable<Json>
          access_contact: string
          access_note: string
          address: string
          community_id: string
          created_at: string
          created_by: string | null
          id: string
          latitude: number | null
          longitude: number | null
          name: string
          parking_note: string
          postcode: string
          stops: NonNullable<Json>
          town: string
          transport_note: string
          updated_at: string
          wheelchair_grade: string
        }
        Insert: {
          access?: NonNullable<Json>
          access_contact?: string
          access_note?: string
          address?: string
          community_id: string
          created_at?: string
          created_by?: string | null
          id?: string
          latitude?: number | null
          longitude?: number | null
          name: string
          parking_note?: string
          postcode?: string
          stops?: NonNullable<Json>
          town?: string
          transport_note?: string
          updated_at?: string
          wheelchair_grade?: string
        }
        Update: {
          access?: NonNullable<Json>
          access_contact?: string
          access_note?: string
          address?: string
          community_id?: string
          created_at?: string
          created_by?: string | null
          id?: string
          latitude?: number | null
          longitude?: number | null
          name?: string
          parking_note?: string
          postcode?: string
          stops?: NonNullable<Json>
          town?: string
          transport_note?: string
          updated_at?: string
          wheelchair_grade?: string
        }
        Relationships: [
          {
            foreignKeyName: "venues_community_id_fkey"
            columns: ["community_id"]
            isOneToOne: false
            referencedRelation: "communities"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      acknowledge_promotion: { Args: { event: string }; Returns: undefined }
      calendar_feed_events: {
        Args: { secret: string }
        Returns: {
          ends_at: string
          format: string
          id: string
          reminder_minutes: number
          sequence: number
          starts_at: string
          status: string
          summary: string
          time_zone: string
          title: string
          updated_at: string
          venue_address: string
          venue_name: string
          venue_postcode: string
          venue_town: string
        }[]
      }
      calendar_feed_known: { Args: { secret: string }; Returns: boolean }
      confirm_imported_listing: {
        Args: { listing: string }
        Returns: undefined
      }
      confirm_organisation_import: {
        Args: { chosen: number[]; import: string }
        Returns: number
      }
      decide_membership: {
        Args: { approve: boolean; community: string; member: string }
        Returns: undefined
      }
      delete_my_account: {
        Args: Record<PropertyKey, never>
        Returns: undefined
      }
      feedback_insights: {
        Args: {
          community: string
          event?: string
          since?: string
          until?: string
        }
        Returns: Json
      }
      give_feedback: {
        Args: {
          anonymous?: boolean
          attended: boolean
          barrier_note?: string
          barriers?: string[]
          comment?: string
          event: string
          felt_welcome?: string
          rating?: number
          suggestion_note?: string
          suggestions?: string[]
          took_part?: string
        }
        Returns: undefined
      }
      helper_place: {
        Args: { helper: string }
        Returns: {
          latitude: number
          longitude: number
          shown_as: string
        }[]
      }
      helpers_near: {
        Args: {
          languages?: string[]
          lat?: number
          lng?: number
          modes?: string[]
          page?: number
          page_size?: number
          radius_km?: number
          skills?: string[]
          topics?: string[]
          words?: string
        }
        Returns: Database["public"]["CompositeTypes"]["nearby_helper"][]
        SetofOptions: {
          from: "*"
          to: "nearby_helper"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      mark_attendance: {
        Args: { attended: boolean; event: string; member: string }
        Returns: undefined
      }
      my_calendar_feed: { Args: { reset?: boolean }; Returns: string }
      named_feedback: {
        Args: { event: string }
        Returns: {
          comment: string
          display_name: string
        }[]
      }
      open_organisation_count: { Args: { community?: string }; Returns: number }
      open_organisations: {
        Args: {
          community?: string
          listing?: string
          page?: number
          page_size?: number
        }
        Returns: Database["public"]["CompositeTypes"]["open_organisation"][]
        SetofOptions: {
          from: "*"
          to: "open_organisation"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      read_access_requests: {
        Args: { event: string }
        Returns: {
          member_id: string
          request: string
        }[]
      }
      rsvp: {
        Args: {
          access_requests?: string
          companion?: boolean
          event: string
          status: string
        }
        Returns: Json
      }
      save_event: {
        Args: {
          co_hosts?: string[]
          fields: Json
          join_url: string
          target: string
        }
        Returns: string
      }
      save_listing: {
        Args: { contact: Json; fields: Json; listing: string }
        Returns: string
      }
      set_helper_hidden: {
        Args: { helper: string; hidden: boolean; reason?: string }
        Returns: undefined
      }
      set_helper_published: {
        Args: { community?: string; helper: string; published: boolean }
        Returns: undefined
      }
      take_sign_in_turn: {
        Args: {
          limits: number[]
          subjects: string[]
          turn_kind: string
          window_seconds: number
        }
        Returns: {
          refused_by: number
          retry_after_seconds: number
        }[]
      }
    }
    Enums: {
      [_ in never]: never
    }
    CompositeTypes: {
      nearby_helper: {
        id: string | null
        kind: string | null
        display_name: string | null
        summary: string | null
        topics: string[] | null
        skills: string[] | null
        languages: string[] | null
        modes: string[] | null
        availability: string | null
        area: string | null
        latitude: number | null
        longitude: number | null
        shown_as: string | null
        distance_km: number | null
        total: number | null
      }
      open_organisation: {
        id: string | null
        community_slug: string | null
        community_name: string | null
        licence: string | null
        name: string | null
        summary: string | null
        topics: string[] | null
        skills: string[] | null
        languages: string[] | null
        modes: string[] | null
        availability: string | null
        area: string | null
        address: string | null
        latitude: number | null
        longitude: number | null
        email: string | null
        link: string | null
        updated_at: string | null
      }
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {},
  },
} as const
