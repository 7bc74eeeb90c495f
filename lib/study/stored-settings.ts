import { studySettingsSchema } from "./requests";
import { DEFAULT_STUDY_SETTINGS, learnerSettingsFrom, type LearnerSettings, type StudySettingsInput } from "./settings";

/**
 * Settings as read from the database, for the scheduler. A value the form would refuse today
 * (saved before a rule was added, e.g. a `30s` step that ts-fsrs cannot schedule) is replaced by
 * its default, so that studying and grading keep working; the settings page still shows it.
 */
export function usableSettings(stored: StudySettingsInput): LearnerSettings {
  const usable = { ...stored };
  for (const field of Object.keys(DEFAULT_STUDY_SETTINGS) as (keyof StudySettingsInput)[]) {
    const checked = studySettingsSchema.shape[field].safeParse(stored[field]);
    (usable as Record<string, unknown>)[field] = checked.success ? checked.data : DEFAULT_STUDY_SETTINGS[field];
  }
  return learnerSettingsFrom(usable);
}
