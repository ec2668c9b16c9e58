package org.missionledger.platform.pages;

import java.util.List;
import org.missionledger.platform.projection.ReadModelStatus;

/**
 * What every page's frame needs: its title and breadcrumbs, who is signed in, the CSRF token for forms, and how current
 * the data is.
 *
 * @param title the page title (also the {@code <title>}, suffixed with the service name)
 * @param breadcrumbs the trail to this page
 * @param user the signed-in user's name, or null
 * @param recorder whether the signed-in user may record
 * @param csrfParameter the form parameter that carries the CSRF token
 * @param csrfToken the CSRF token
 * @param dataStatus the "data as of global position N" note, or null when not applicable
 */
public record PageContext(
        String title,
        List<Breadcrumb> breadcrumbs,
        String user,
        boolean recorder,
        String csrfParameter,
        String csrfToken,
        DataStatus dataStatus) {

    /**
     * How current the page's data is.
     *
     * @param position the global position the read model has reached
     * @param head the global position of the event store's head
     * @param rebuilding whether the view is being rebuilt
     */
    public record DataStatus(long position, long head, boolean rebuilding) {
        public long lag() {
            return Math.max(0, head - position);
        }

        /** The note for an answer read from (or folded past) the views the status describes. */
        public static DataStatus of(ReadModelStatus status) {
            return new DataStatus(status.position(), status.head(), status.rebuilding());
        }
    }

    public PageContext withDataStatus(DataStatus status) {
        return new PageContext(title, breadcrumbs, user, recorder, csrfParameter, csrfToken, status);
    }

    /** The same page with the "data as of" note of {@code status}. */
    public PageContext withData(ReadModelStatus status) {
        return withDataStatus(DataStatus.of(status));
    }

    /** The same page under another title (e.g. "Error: …" when a form has errors). */
    public PageContext withTitle(String newTitle) {
        return new PageContext(newTitle, breadcrumbs, user, recorder, csrfParameter, csrfToken, dataStatus);
    }
}
