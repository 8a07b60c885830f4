/**
 * The part of Decap CMS's configuration this project writes, typed loosely enough to build
 * field by field (Decap's own `CmsField` is a union that resists that) and strictly enough that
 * a misspelt option is a type error.
 */

export interface SelectOption {
  label: string;
  value: string;
}

export interface DecapField {
  name: string;
  label: string;
  widget:
    | 'string'
    | 'text'
    | 'number'
    | 'boolean'
    | 'datetime'
    | 'select'
    | 'relation'
    | 'image'
    | 'object'
    | 'list'
    | 'markdown';
  required: boolean;
  hint?: string;
  pattern?: [string, string];
  default?: unknown;
  /** select */
  options?: SelectOption[];
  multiple?: boolean;
  /** number, list, select and relation with `multiple` */
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  step?: number;
  /** datetime */
  date_format?: string;
  time_format?: boolean;
  /** relation */
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  /** image */
  choose_url?: boolean;
  /** object and list */
  fields?: DecapField[];
  field?: DecapField;
  collapsed?: boolean;
  summary?: string;
  label_singular?: string;
  /** markdown */
  buttons?: string[];
  editor_components?: string[];
  modes?: ('rich_text' | 'raw')[];
  sanitize_preview?: boolean;
}

interface CollectionBase {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  format: string;
  extension: string;
}

export interface FolderCollection extends CollectionBase {
  folder: string;
  create: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  fields: DecapField[];
  preview_path?: string;
  sortable_fields?: (string | { field: string; default_sort?: 'asc' | 'desc' })[];
}

export interface SettingsFile {
  name: string;
  label: string;
  file: string;
  description?: string;
  fields: DecapField[];
}

export interface FileCollection extends CollectionBase {
  files: SettingsFile[];
}

export type DecapCollection = FolderCollection | FileCollection;

export interface DecapBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'forgejo' | 'proxy';
  repo?: string;
  branch?: string;
  base_url?: string;
  auth_endpoint?: string;
  auth_type?: 'pkce';
  app_id?: string;
  api_root?: string;
  proxy_url?: string;
  squash_merges?: boolean;
  commit_messages?: Record<string, string>;
}

export interface DecapConfig {
  load_config_file: false;
  locale: string;
  logo?: { src: string; show_in_header: boolean };
  backend: DecapBackend;
  local_backend: { url: string } | false;
  publish_mode?: 'editorial_workflow';
  site_url?: string;
  display_url?: string;
  show_preview_links: boolean;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  editor: { preview: boolean };
  collections: DecapCollection[];
}
