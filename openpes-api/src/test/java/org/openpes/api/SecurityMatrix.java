package org.openpes.api;

import org.openpes.api.services.ServiceRoutes;
import org.openpes.services.access.Role;

/** The role × route matrix as a Markdown table, from {@link ServiceRoutes#ROUTES} and {@link Role}. */
final class SecurityMatrix {
    private SecurityMatrix() {
    }

    static String markdown() {
        StringBuilder s = new StringBuilder("| route | use case |");
        for (Role r : Role.values()) {
            s.append(' ').append(r.name().toLowerCase().replace('_', ' ')).append(" |");
        }
        s.append("\n|---|---|");
        s.append("---|".repeat(Role.values().length)).append('\n');
        for (ServiceRoutes.Route route : ServiceRoutes.ROUTES) {
            s.append("| `").append(route.method().name()).append(' ').append(route.path()).append("` | ")
                    .append(route.isPublic() ? "public" : route.useCase() == null ? "signed in"
                            : route.useCase().name().toLowerCase().replace('_', ' ')).append(" |");
            for (Role r : Role.values()) {
                boolean yes = route.isPublic() || route.useCase() == null || r.may(route.useCase().permission());
                s.append(yes ? " ✓ |" : " · |");
            }
            s.append('\n');
        }
        return s.toString();
    }

    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
