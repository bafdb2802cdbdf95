package vn.thuocdo.fieldwork;

/**
 * The organisations that do in-person interviews: Vietnam Post, the Fatherland Front (Mặt trận Tổ quốc), the
 * Veterans Association (Hội Cựu chiến binh).
 */
public enum Partner {
    VNPOST, MTTQ, CCB
}
