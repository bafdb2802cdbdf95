package vn.thuocdo.survey.draw;

/** A selected village or residential group with its inclusion and its household stage. */
public record DrawnVillage(int order, String name, long households, long population, long size, Inclusion inclusion,
                           HouseholdDraw householdDraw) {
}
