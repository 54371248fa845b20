/// <reference types="vite-plugin-pwa/vanillajs" />
import type { Supabase } from '$lib/supabase';
import type { TFunction } from 'i18next';
import type { Locale } from '$lib/i18n/locales';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted by people reporting a problem; matches the server log line. */
			id?: string;
		}
		interface Locals {
			lang: Locale;
			t: TFunction;
			/** The signed-in member's saved language, set by the auth handle before i18nHandle. */
			savedLanguage?: Locale | null;
			/** This request's Supabase client, carrying the member's session. */
			supabase: Supabase;
			/** The signed-in member, verified by Auth; null when signed out. */
			user: { id: string; email: string } | null;
		}
		interface PageData {
			lang: Locale;
		}
	}
}

export {};
