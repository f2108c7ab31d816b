package org.openpes.services.app;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openpes.services.events.Invitation;
import org.openpes.services.events.RecruitingEvent;
import org.openpes.services.events.Slot;

/**
 * Where recruiting events are kept, in the same transactions as the employer services' records (an interview's
 * outcome moves an application).
 */
public interface RecruitingStore extends Transactions<RecruitingStore.Tx> {
    /** What an event's use case may read and write inside its transaction. */
    interface Tx extends EmployerStore.Tx {
        void insert(RecruitingEvent e);

        Optional<RecruitingEvent> event(String id);

        /** The events of these CPIs, newest first. */
        List<RecruitingEvent> eventsOf(Set<String> cpis, int limit);

        void addVacancy(String eventId, String vacancyId);

        List<String> vacanciesAt(String eventId);

        void insert(Invitation i);

        Optional<Invitation> invitation(String id);

        List<Invitation> invitations(String eventId);

        void update(Invitation i);

        void insert(Slot s);

        Optional<Slot> slot(String id);

        List<Slot> slots(String eventId);

        /** Books a free slot for the invitation; false when the slot was taken (or the invitation has one). */
        boolean book(String slotId, String invitationId);

        void update(Slot s);
    }
}
