import { createContext } from 'svelte'
import type { Course } from './course.svelte'

/** The page's one {@link Course}, provided by App.svelte (through `CourseScope`). */
export const [getCourse, setCourse] = createContext<Course>()
